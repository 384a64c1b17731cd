// placeholder: filled by the WardLocale work
