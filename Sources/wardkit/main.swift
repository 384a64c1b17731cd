print("wardkit")
