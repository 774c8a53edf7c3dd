/* Release 1: counter exists only as counter@@VDATA_1. */
int counter = 5;
