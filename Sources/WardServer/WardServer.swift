// placeholder: filled by the WardServer work
