import Foundation
import PackagePlugin

/// Embeds the default theme (`theme/` at the package root) into the WardKit module at build
/// time, so a `wardkit` binary copied anywhere still has its theme and building needs nothing
/// beyond Swift. SwiftPM resources would not do: on Linux they sit in a bundle folder beside
/// the binary and are lost when the binary alone is copied.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "theme")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme+Files.swift")
        // Every file is an input, so editing one re-embeds; the folders are inputs too, so
        // adding or removing a file (which changes its folder) does as well.
        var inputs = [theme]
        if let walker = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: [.isDirectoryKey],
                                                       options: [.skipsHiddenFiles]) {
            for case let url as URL in walker { inputs.append(url) }
        }
        return [.buildCommand(
            displayName: "Embedding the default theme into WardKit",
            executable: try context.tool(named: "EmbedThemeTool").url,
            arguments: [theme.path, output.path],
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
