#include "propertyview.h"

#include "mapi/propjson.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace Ndr {

using namespace Mapi;

namespace {

// For work that holds the window still: a report with 100,000 recipients has 1.3 million
// property rows, which take seconds to lay out or to write as JSON.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

// ----- PropertyView -----

PropertyView::PropertyView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PropertyTreeModel(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("propertyView"));
    m_tree->setObjectName(QStringLiteral("propertyTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(true);

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &PropertyView::copySelection);
    m_copyJsonAction = new QAction(this);
    m_copyJsonAction->setObjectName(QStringLiteral("copyJsonAction"));
    connect(m_copyJsonAction, &QAction::triggered, this, &PropertyView::copyAllAsJson);
    m_tree->addAction(m_copyAction);
    m_tree->addAction(m_copyJsonAction);

    m_expandButton = new QPushButton(this);
    m_expandButton->setObjectName(QStringLiteral("expandAllButton"));
    connect(m_expandButton, &QPushButton::clicked, this, &PropertyView::expandAll);
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &PropertyView::copySelection);
    m_copyJsonButton = new QPushButton(this);
    m_copyJsonButton->setObjectName(QStringLiteral("copyJsonButton"));
    connect(m_copyJsonButton, &QPushButton::clicked, this, &PropertyView::copyAllAsJson);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_expandButton);
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_copyJsonButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_tree);
    retranslate();
}

void PropertyView::setMessage(std::shared_ptr<const Message> message, const QString &title)
{
    m_title = title;
    m_model->setMessage(std::move(message), title.isEmpty() ? tr("Report") : title);
    retranslate();
    // The root and its own properties open; the rest on demand.
    const QModelIndex root = m_model->index(0, 0);
    if (root.isValid()) {
        m_tree->expand(root);
        m_tree->expand(m_model->index(0, 0, root));
        m_tree->setCurrentIndex(root);
    }
    fitColumns();
}

void PropertyView::fitColumns()
{
    // Room for a plain tag in the embedded original's properties (seven levels deep), the longer spec names, and the type names.
    const QFontMetrics fm(font());
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QHeaderView *header = m_tree->header();
    header->resizeSection(PropertyTreeModel::TagColumn,
                          fixed.horizontalAdvance(QStringLiteral("0x0000001F ")) + 7 * m_tree->indentation());
    header->resizeSection(PropertyTreeModel::NameColumn,
                          fm.horizontalAdvance(QStringLiteral("PR_SENT_REPRESENTING_EMAIL_ADDRESS")) + fm.height());
    header->resizeSection(PropertyTreeModel::TypeColumn, fm.horizontalAdvance(QStringLiteral("PT_MV_UNICODE")) + fm.height());
}

QString PropertyView::selectedRowsText() const
{
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    // Top to bottom as shown: compare the paths from the root.
    auto path = [](QModelIndex i) {
        QList<int> p;
        for (; i.isValid(); i = i.parent())
            p.prepend(i.row());
        return p;
    };
    std::sort(rows.begin(), rows.end(), [&](const QModelIndex &a, const QModelIndex &b) { return path(a) < path(b); });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < PropertyTreeModel::ColumnCount; ++c) {
            const QModelIndex cell = row.siblingAtColumn(c);
            const QVariant full = cell.data(PropertyTreeModel::CopyTextRole);
            cells << (full.isValid() ? full.toString() : cell.data(Qt::DisplayRole).toString());
        }
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString PropertyView::allAsJson() const
{
    const auto message = m_model->message();
    if (!message)
        return {};
    return QString::fromUtf8(QJsonDocument(messageToJson(*message)).toJson(QJsonDocument::Indented));
}

void PropertyView::expandAll()
{
    const WaitCursor waiting;
    m_tree->expandAll();
}

void PropertyView::copySelection()
{
    const WaitCursor waiting;
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PropertyView::copyAllAsJson()
{
    const WaitCursor waiting;
    const QString json = allAsJson();
    if (!json.isEmpty())
        QApplication::clipboard()->setText(json);
}

void PropertyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PropertyView::retranslate()
{
    m_tree->setAccessibleName(tr("Properties of the report"));
    m_tree->setAccessibleDescription(tr("Every property of the report, its recipients, its attachments and the "
                                        "messages embedded in it"));
    m_expandButton->setText(tr("&Expand All"));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setToolTip(tr("Copy the selected rows as text (Ctrl+C)"));
    m_copyJsonButton->setText(tr("Copy All as &JSON"));
    m_copyJsonButton->setToolTip(tr("Copy every property of the report as JSON"));
    m_copyAction->setText(tr("&Copy"));
    m_copyJsonAction->setText(tr("Copy All as &JSON"));
}

} // namespace Ndr
