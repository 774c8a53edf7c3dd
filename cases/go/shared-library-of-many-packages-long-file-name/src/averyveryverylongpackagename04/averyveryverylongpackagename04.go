package averyveryverylongpackagename04

func N() int { return 4 }
