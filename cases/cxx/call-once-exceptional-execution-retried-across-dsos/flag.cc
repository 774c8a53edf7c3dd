#include "once.h"
std::once_flag init_flag;
