package averyveryverylongpackagename00

func N() int { return 0 }
