struct ops {
  const char *(*name)(void);
};

extern struct ops impl;
