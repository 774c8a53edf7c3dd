package averyveryverylongpackagename03

func N() int { return 3 }
