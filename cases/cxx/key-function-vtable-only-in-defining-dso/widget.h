struct Widget {
  virtual int first() const { return 1; } /* inline: not the key function */
#ifdef NO_KEY
  virtual int second() const { return 20; }
#else
  virtual int second() const;             /* key function: defined only in key.cc */
#endif
  virtual int third() const { return 300; }
  virtual ~Widget() {}
};
Widget *key_make(void);
Widget *user_make(void);
