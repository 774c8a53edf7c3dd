/* list-dso-source: line 1 */
/* line 2 */
int lib_square(int v)
{
  int sq = v * v; /* line 5 */
  return sq;
}
/* line 8 */
