struct Base {
  virtual ~Base();
  virtual Base *clone() const; /* key function in libbase.so */
  virtual int id() const;
};
struct Pad {
  virtual ~Pad();
  virtual int pad_id() const;
#ifdef WRONG_PAD
  long pad[1] = {0};
#else
  long pad[3] = {0, 0, 0};
#endif
};
/* Base is a virtual base after Pad: Base-in-Derived needs this- and return-adjusting thunks. */
struct Derived : Pad, virtual Base {
  int tag;
  explicit Derived(int t);
  ~Derived() override;
  Derived *clone() const override; /* covariant: Derived* instead of Base* */
  int id() const override;
};
Derived *make_derived(int tag);
