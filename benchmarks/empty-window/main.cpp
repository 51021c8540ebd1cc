// empty-widgets-window: the yardstick for recall-lookup's start-up. An empty Qt Widgets window of the main
// window's default size that exits right after its first paint, exactly as recall-lookup
// --exit-after-first-paint does.
#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace {

class ExitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After the paint event is handled and the frame flushed.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1000, 760);
    ExitAfterFirstPaint exit;
    window.installEventFilter(&exit);
    window.show();
    return QApplication::exec();
}
