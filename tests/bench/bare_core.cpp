// Benchmark floor (DESIGN.md "Budgets"): a program that starts Qt Core, as ndrtool does, and
// ends. dump_vs_sisimai.sh adds GMime's own parsing to this start-up: together, the least
// time a dump built on Qt Core and GMime can take.
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
