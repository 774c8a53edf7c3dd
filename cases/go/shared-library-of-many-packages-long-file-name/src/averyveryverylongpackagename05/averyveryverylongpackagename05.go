package averyveryverylongpackagename05

func N() int { return 5 }
