int counter;

int plug_bump(int by)
{
  counter += by;
  return counter;
}
