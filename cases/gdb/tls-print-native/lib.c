__thread int tls_counter = 7;

void lib_tls_bump(void)
{
  tls_counter += 1;
}
