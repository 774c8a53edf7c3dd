package pkg

func Greeting() string { return "pkg says hi" }
