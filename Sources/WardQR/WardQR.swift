// placeholder: filled by the WardQR work
