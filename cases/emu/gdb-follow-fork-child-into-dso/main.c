#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int lib_in_child(int x);

int main(void) {
  pid_t pid = fork();
  if (pid == 0)
    _exit(lib_in_child(41));
  int st;
  waitpid(pid, &st, 0);
  printf("%d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  return 0;
}
