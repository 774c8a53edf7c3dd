/* Two implementations of api: the old one keeps VERS_1 (hidden, '@'),
 * the new one is the default VERS_2 ('@@') that new links bind to. */
__attribute__((symver("api@VERS_1"))) int api_v1(void) { return 1; }
__attribute__((symver("api@@VERS_2"))) int api_v2(void) { return 2; }
