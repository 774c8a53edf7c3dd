package averyveryverylongpackagename01

func N() int { return 1 }
