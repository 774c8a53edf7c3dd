package averyveryverylongpackagename08

func N() int { return 8 }
