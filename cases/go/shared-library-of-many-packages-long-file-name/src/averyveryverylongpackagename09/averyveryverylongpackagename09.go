package averyveryverylongpackagename09

func N() int { return 9 }
