// placeholder: filled by the WardPrivacy work
