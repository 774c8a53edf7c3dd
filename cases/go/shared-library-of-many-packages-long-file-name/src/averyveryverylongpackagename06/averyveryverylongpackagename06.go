package averyveryverylongpackagename06

func N() int { return 6 }
