#include "zoo.h"
animal::~animal() {}
swimmer::~swimmer() {}
int swimmer::swims() const { return 1; }
flyer::~flyer() {}
int flyer::flies() const { return 1; }
duck::~duck() {}
rock_fish::~rock_fish() {}
animal *make_duck(void) { return new duck; }
