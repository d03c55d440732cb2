#include <QTest>
class TestOutboxView : public QObject { Q_OBJECT };
QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
