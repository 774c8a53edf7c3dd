package averyveryverylongpackagename02

func N() int { return 2 }
