#ifdef __cplusplus
extern "C" {
#endif
/* Calls cb(arg) from a C frame that owns a cleanup; returns cb's result. */
int c_call_with_cleanup(int (*cb)(int), int arg);
int c_cleanups_run(void);
#ifdef __cplusplus
}
#endif
