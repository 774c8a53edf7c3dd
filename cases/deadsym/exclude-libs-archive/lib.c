int helper_twice(int x);   /* from libhelper.a */

int api_quad(int x) { return helper_twice(helper_twice(x)); }
