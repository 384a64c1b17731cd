/// One sheet as WardKit reads it: the cells that hold something, each with its A1 reference,
/// in row-major order, plus the merged ranges. Values are already text, as a CSV export of the
/// sheet would hold them.
public struct Worksheet: Sendable {
    public struct Cell: Sendable, Equatable {
        public let reference: CellReference
        public let value: String
    }

    public let name: String
    public let cells: [Cell]
    public let merges: [CellRange]
    /// Cells whose value could not be read (formula errors, formulas never calculated, broken
    /// string indexes), each already worded for staff. They are left out of `cells`.
    public let problems: [XLSXError]
}
