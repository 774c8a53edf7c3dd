#include "base.h"
base_error::~base_error() {}
int base_error::value() const { return code; }
