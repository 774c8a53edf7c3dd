/* Every class has a key function in zoo.cc: all type_info objects live in libzoo.so only. */
struct animal { virtual ~animal(); };
struct swimmer : virtual animal { ~swimmer() override; virtual int swims() const; };
struct flyer : virtual animal { ~flyer() override; virtual int flies() const; };
struct duck : swimmer, flyer { ~duck() override; };
struct rock_fish : swimmer { ~rock_fish() override; };
animal *make_duck(void);
