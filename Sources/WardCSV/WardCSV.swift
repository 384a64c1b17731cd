// placeholder: filled by the WardCSV work
