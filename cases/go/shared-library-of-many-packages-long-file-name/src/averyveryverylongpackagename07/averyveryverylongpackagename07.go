package averyveryverylongpackagename07

func N() int { return 7 }
