// placeholder: filled by the WardMustache work
