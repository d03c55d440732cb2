// Benchmark (DESIGN.md "Budgets"): a report whose original has 10,000 recipients. Opens the
// file into the real NDR form, then with every row shown sorts by each column (both orders)
// and scrolls from top to bottom a page at a time, repainting after each step. The peer is the
// same rows' display texts in a QStandardItemModel behind a plain sortable QTableView: what
// Qt itself costs for a table that size. A "stall" is one step (a sort, a page) that takes
// longer than --stall-ms (default 100 ms, a hitch a user notices). Last, the property view's
// Expand All over the whole report (every recipient's properties), beside a plain QTreeView
// over the same tree in a QStandardItemModel; a single action the user asked for, so it is
// measured and compared, not held to the stall threshold. Build in Release.
//   bench_largetable FILE [--runs N] [--stall-ms MS]
// Make FILE with: ndr_fixturegen ndr report-recipients big.msg --recipients 10000 --attachment-bytes 20000000
#include "ndrform.h"
#include "propertyview.h"
#include "report/ndrreport.h"
#include "reportfile.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <algorithm>
#include <cstdio>

using namespace Ndr;

namespace {

double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

struct Figures {
    double sortTotal = 0, sortMax = 0;    // all columns, both orders
    double scrollTotal = 0, scrollMax = 0;  // top to bottom, page by page
    double pageMedian = 0;
    int pages = 0;
};

// Sorts by every column in both orders, then scrolls to the end; each step repainted at once.
Figures exercise(QTableView *table)
{
    Figures f;
    const int columns = table->model()->columnCount();
    for (int c = 0; c < columns; ++c)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            table->sortByColumn(c, order);
            table->viewport()->repaint();
            const double step = ms(t);
            f.sortTotal += step;
            f.sortMax = std::max(f.sortMax, step);
        }
    QScrollBar *bar = table->verticalScrollBar();
    bar->setValue(0);
    table->viewport()->repaint();
    QList<double> pages;
    while (bar->value() < bar->maximum()) {
        QElapsedTimer t;
        t.start();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        table->viewport()->repaint();
        const double step = ms(t);
        f.scrollTotal += step;
        f.scrollMax = std::max(f.scrollMax, step);
        pages << step;
    }
    f.pages = int(pages.size());
    f.pageMedian = median(pages);
    return f;
}

// The rows under `parent` and theirs, as display texts, appended under `to`.
void copyRows(const QAbstractItemModel &from, const QModelIndex &parent, QStandardItem *to)
{
    for (int r = 0; r < from.rowCount(parent); ++r) {
        QList<QStandardItem *> row;
        for (int c = 0; c < from.columnCount(parent); ++c)
            row << new QStandardItem(from.index(r, c, parent).data().toString());
        to->appendRow(row);
        copyRows(from, from.index(r, 0, parent), row.first());
    }
}

// The peer: the same texts, row for row (a tree's too), in Qt's own item model.
QStandardItemModel *plainCopy(const QAbstractItemModel &from, QObject *parent)
{
    auto *copy = new QStandardItemModel(0, from.columnCount(), parent);
    for (int c = 0; c < from.columnCount(); ++c)
        copy->setHorizontalHeaderItem(c, new QStandardItem(from.headerData(c, Qt::Horizontal).toString()));
    copyRows(from, {}, copy->invisibleRootItem());
    return copy;
}

int expandedRows(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    int n = m.rowCount(parent);
    for (int r = 0; r < m.rowCount(parent); ++r)
        n += expandedRows(m, m.index(r, 0, parent));
    return n;
}

// Expand All, repainted, in ms.
double expandAll(QTreeView *tree)
{
    tree->collapseAll();
    tree->viewport()->repaint();
    QElapsedTimer t;
    t.start();
    tree->expandAll();
    tree->viewport()->repaint();
    return ms(t);
}

void print(const char *what, const QList<Figures> &runs, int rows)
{
    QList<double> st, sm, ct, cm, pm;
    for (const Figures &f : runs) {
        st << f.sortTotal;
        sm << f.sortMax;
        ct << f.scrollTotal;
        cm << f.scrollMax;
        pm << f.pageMedian;
    }
    std::printf("%-9s %5d rows  sort by 5 columns x 2 orders: %6.1f ms (slowest %5.1f ms)   "
                "scroll %4d pages: %7.1f ms (page %4.2f ms median, slowest %5.1f ms)\n",
                what, rows, median(st), median(sm), runs.value(0).pages, median(ct), median(pm), median(cm));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_largetable FILE [--runs N] [--stall-ms MS]\n");
        return 2;
    }
    int runs = 3;
    double stallMs = 100;
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--stall-ms"))
            stallMs = args[i + 1].toDouble();
    }

    // Open to painted, phase by phase.
    QElapsedTimer t;
    t.start();
    auto opened = openMessageFile(args[1]);
    if (!opened) {
        std::fprintf(stderr, "bench_largetable: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const double readMs = ms(t);
    t.restart();
    const auto report = Report::NdrReport::fromMessage(opened->message);
    const double reportMs = ms(t);
    t.restart();
    NdrForm form;
    form.resize(900, 600);
    form.setReport(report, opened->warnings);
    form.show();
    form.repaint();
    const double formMs = ms(t);
    QApplication::processEvents();  // let the layout give the table its height
    std::printf("file %s: %lld rows (%d failed)\n", qPrintable(args[1]), qint64(report.rows().size()),
                report.failedCount());
    std::printf("read %.1f ms, report %.1f ms, form shown and painted %.1f ms\n", readMs, reportMs, formMs);

    // Every row, as a user who ticks "Show all recipients" sees them.
    auto *showAll = form.findChild<QCheckBox *>(QStringLiteral("showAllCheck"));
    QTableView *table = form.recipientTable();
    t.restart();
    if (showAll)
        showAll->setChecked(true);
    table->viewport()->repaint();
    std::printf("show all recipients: %.1f ms\n", ms(t));
    QApplication::processEvents();
    const int rows = table->model()->rowCount();

    QTableView plain;
    plain.setModel(plainCopy(*table->model(), &plain));
    plain.setSortingEnabled(true);
    plain.setVerticalScrollMode(table->verticalScrollMode());
    plain.setFont(table->font());
    // The same rows, columns and viewport as the form's table, so that a page is the same rows.
    plain.verticalHeader()->setVisible(table->verticalHeader()->isVisible());
    plain.verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());
    plain.horizontalHeader()->setStretchLastSection(table->horizontalHeader()->stretchLastSection());
    for (int c = 0; c < table->model()->columnCount(); ++c)
        plain.setColumnWidth(c, table->columnWidth(c));
    plain.show();
    QApplication::processEvents();
    // Resizing shows or hides the scroll bars, which changes the viewport again: repeat.
    for (int i = 0; i < 3 && plain.viewport()->size() != table->viewport()->size(); ++i) {
        plain.resize(plain.size() + table->viewport()->size() - plain.viewport()->size());
        QApplication::processEvents();
    }
    plain.repaint();
    std::printf("table viewport %dx%d px, %d rows a page (plain Qt %dx%d, %d)\n", table->viewport()->width(),
                table->viewport()->height(), table->verticalScrollBar()->pageStep(), plain.viewport()->width(),
                plain.viewport()->height(), plain.verticalScrollBar()->pageStep());

    QList<Figures> ours, peer;
    for (int r = 0; r < runs; ++r) {
        ours << exercise(table);
        peer << exercise(&plain);
    }
    print("form", ours, rows);
    print("plain Qt", peer, plain.model()->rowCount());
    auto med = [](const QList<Figures> &v, double Figures::*field) {
        QList<double> x;
        for (const Figures &f : v)
            x << f.*field;
        return median(x);
    };
    const double sortRatio = med(ours, &Figures::sortTotal) / std::max(0.001, med(peer, &Figures::sortTotal));
    const double scrollRatio = med(ours, &Figures::pageMedian) / std::max(0.001, med(peer, &Figures::pageMedian));
    const double worst = std::max(med(ours, &Figures::sortMax), med(ours, &Figures::scrollMax));
    std::printf("ratio form / plain Qt: sort %.2f, scroll (per page) %.2f\n", sortRatio, scrollRatio);
    std::printf("slowest single step %.1f ms: %s (threshold %.0f ms)\n", worst,
                worst > stallMs ? "STALL" : "no stall", stallMs);

    // Report > Properties, Expand All: every property of the report, its original and their rows.
    PropertyView properties;
    properties.resize(900, 600);
    properties.setMessage(report.reportPtr(), QStringLiteral("Report"));
    properties.show();
    QApplication::processEvents();
    QTreeView plainTree;
    plainTree.setModel(plainCopy(*properties.model(), &plainTree));
    plainTree.setUniformRowHeights(properties.tree()->uniformRowHeights());
    plainTree.resize(properties.tree()->size());
    plainTree.show();
    QApplication::processEvents();
    QList<double> oursExpand, peerExpand;
    for (int r = 0; r < runs; ++r) {
        oursExpand << expandAll(properties.tree());
        peerExpand << expandAll(&plainTree);
    }
    std::printf("properties, Expand All over %d rows: %.1f ms; plain QTreeView %.1f ms; ratio %.2f\n",
                expandedRows(*properties.model()), median(oursExpand), median(peerExpand),
                median(oursExpand) / std::max(0.001, median(peerExpand)));
    return worst > stallMs ? 1 : 0;
}
