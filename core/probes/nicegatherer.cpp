#include "nicegatherer.h"

#include <QElapsedTimer>
#include <QThread>
#include <atomic>

// GLib and libnice stay in this file: their headers must not meet Qt's keywords elsewhere.
#include <agent.h>
#include <debug.h>
#include <glib.h>

namespace easyuc {

QList<GatheredCandidate> GatherResult::ofType(const QString& type) const
{
    QList<GatheredCandidate> list;
    for (const GatheredCandidate& c : candidates) {
        if (c.type == type)
            list.append(c);
    }
    return list;
}

namespace {
// How many pending GLib events the worker dispatches after the agent is gone, at most.
constexpr int kDrainIterations = 100;

gboolean quitLoop(gpointer loop)
{
    g_main_loop_quit(static_cast<GMainLoop*>(loop));
    return G_SOURCE_REMOVE;
}

// How long freeing the TURN allocation may take when the agent closes.
constexpr guint kCloseTimeoutMs = 1000;

struct CloseState
{
    bool done = false;
    GMainLoop* loop = nullptr;
};

void onAgentClosed(GObject*, GAsyncResult*, gpointer data)
{
    auto* state = static_cast<CloseState*>(data);
    state->done = true;
    g_main_loop_quit(state->loop);
}

struct GatherState
{
    GMainLoop* loop = nullptr;
    bool done = false;
};

void onGatheringDone(NiceAgent*, guint, gpointer data)
{
    auto* state = static_cast<GatherState*>(data);
    state->done = true;
    g_main_loop_quit(state->loop);
}

// libnice gathers nothing on a component nobody receives from; what arrives is not used.
void onReceive(NiceAgent*, guint, guint, guint, gchar*, gpointer) {}

QString typeName(NiceCandidateType type)
{
    switch (type) {
    case NICE_CANDIDATE_TYPE_HOST:
        return QStringLiteral("host");
    case NICE_CANDIDATE_TYPE_SERVER_REFLEXIVE:
        return QStringLiteral("srflx");
    case NICE_CANDIDATE_TYPE_PEER_REFLEXIVE:
        return QStringLiteral("prflx");
    case NICE_CANDIDATE_TYPE_RELAYED:
        return QStringLiteral("relay");
    }
    return QStringLiteral("unknown");
}
} // namespace

// The thread that owns one GMainContext, its loop and one NiceAgent for one gathering.
class NiceWorker : public QThread
{
    Q_OBJECT
public:
    explicit NiceWorker(GatherRequest request) : m_request(std::move(request))
    {
        m_context = g_main_context_new();
        m_loop = g_main_loop_new(m_context, FALSE);
    }
    ~NiceWorker() override
    {
        g_main_loop_unref(m_loop);
        g_main_context_unref(m_context);
    }
    // From any thread: ends the loop soon, even if it has not started running yet.
    void stop()
    {
        GSource* source = g_idle_source_new();
        g_source_set_callback(source, quitLoop, m_loop, nullptr);
        g_source_attach(source, m_context);
        g_source_unref(source);
    }

Q_SIGNALS:
    void gathered(const easyuc::GatherResult& result);

protected:
    void run() override
    {
        g_main_context_push_thread_default(m_context);
        const GatherResult result = gather();
        g_main_context_pop_thread_default(m_context);
        Q_EMIT gathered(result);
    }

private:
    GatherResult gather()
    {
        QElapsedTimer clock;
        clock.start();
        GatherResult result;
        // libnice's debug output names the TURN password; it must stay off whatever the
        // environment (NICE_DEBUG) says.
        nice_debug_disable(TRUE);
        NiceAgent* agent = nice_agent_new(m_context, NICE_COMPATIBILITY_RFC5245);
        if (!agent) {
            result.error = QStringLiteral("nice_agent_new failed");
            return result;
        }
        g_object_set(agent, "ice-tcp", FALSE, "upnp", FALSE, "controlling-mode", TRUE, nullptr);
        if (!m_request.stunServer.isNull()) {
            const QByteArray ip = m_request.stunServer.toString().toLatin1();
            g_object_set(agent, "stun-server", ip.constData(), "stun-server-port",
                         guint(m_request.stunPort), nullptr);
        }
        for (const QHostAddress& local : m_request.localAddresses) {
            NiceAddress address;
            nice_address_init(&address);
            if (nice_address_set_from_string(&address, local.toString().toLatin1().constData()))
                nice_agent_add_local_address(agent, &address);
        }
        const guint stream = nice_agent_add_stream(agent, 1);
        if (!m_request.turnServer.isNull()) {
            const QByteArray ip = m_request.turnServer.toString().toLatin1();
            const QByteArray user = m_request.username.toUtf8();
            const QByteArray pass = m_request.password.toUtf8();
            nice_agent_set_relay_info(agent, stream, 1, ip.constData(), m_request.turnPort,
                                      user.constData(), pass.constData(), NICE_RELAY_TYPE_TURN_UDP);
        }
        nice_agent_attach_recv(agent, stream, 1, m_context, onReceive, nullptr);
        GatherState state{m_loop, false};
        const gulong handler = g_signal_connect(agent, "candidate-gathering-done",
                                                G_CALLBACK(onGatheringDone), &state);
        GSource* deadline = g_timeout_source_new(guint(qMax(1, m_request.timeoutMs)));
        g_source_set_callback(deadline, quitLoop, m_loop, nullptr);
        g_source_attach(deadline, m_context);
        if (nice_agent_gather_candidates(agent, stream))
            g_main_loop_run(m_loop);
        else
            result.error = QStringLiteral("nice_agent_gather_candidates failed");
        g_source_destroy(deadline);
        g_source_unref(deadline);
        g_signal_handler_disconnect(agent, handler);
        result.complete = state.done;

        GSList* locals = nice_agent_get_local_candidates(agent, stream, 1);
        for (GSList* i = locals; i; i = i->next) {
            auto* c = static_cast<NiceCandidate*>(i->data);
            gchar text[NICE_ADDRESS_STRING_LEN] = {};
            nice_address_to_string(&c->addr, text);
            result.candidates.append({typeName(c->type), QHostAddress(QString::fromLatin1(text)),
                                      quint16(nice_address_get_port(&c->addr))});
            nice_candidate_free(c);
        }
        g_slist_free(locals);
        // Free the TURN allocation and stop its refresh timers before the agent goes, within
        // a bound: a relay that no longer answers must not hold the thread.
        CloseState closing{false, m_loop};
        nice_agent_close_async(agent, onAgentClosed, &closing);
        GSource* closeDeadline = g_timeout_source_new(kCloseTimeoutMs);
        g_source_set_callback(closeDeadline, quitLoop, m_loop, nullptr);
        g_source_attach(closeDeadline, m_context);
        if (!closing.done)
            g_main_loop_run(m_loop);
        g_source_destroy(closeDeadline);
        g_source_unref(closeDeadline);
        nice_agent_remove_stream(agent, stream);
        g_object_unref(agent);
        // Let the agent's last sources (socket closes, TURN refresh timers) run down.
        for (int i = 0; i < kDrainIterations && g_main_context_iteration(m_context, FALSE); ++i) {
        }
        result.elapsedMs = clock.elapsed();
        return result;
    }

    GatherRequest m_request;
    GMainContext* m_context = nullptr;
    GMainLoop* m_loop = nullptr;
};

namespace {
// Worker threads started and not yet finished, across every gatherer.
std::atomic<int> g_liveWorkers{0};
} // namespace

NiceGatherer::NiceGatherer(QObject* parent) : QObject(parent) {}

bool NiceGatherer::drain(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (g_liveWorkers.load() > 0 && clock.elapsed() < timeoutMs)
        QThread::msleep(5);
    return g_liveWorkers.load() == 0;
}

NiceGatherer::~NiceGatherer()
{
    abort();
}

void NiceGatherer::start(const GatherRequest& request)
{
    abort();
    auto* worker = new NiceWorker(request);
    connect(
        worker, &NiceWorker::gathered, this,
        [this](const GatherResult& result) { Q_EMIT finished(result); }, Qt::QueuedConnection);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    // Direct: counted down in the worker thread itself, even when no event loop runs here.
    connect(
        worker, &QThread::finished, worker, [] { --g_liveWorkers; }, Qt::DirectConnection);
    ++g_liveWorkers;
    m_worker = worker;
    worker->start();
}

void NiceGatherer::abort()
{
    if (!m_worker)
        return;
    // No wait: the worker quits its loop, finishes in the background and deletes itself.
    m_worker->disconnect(this);
    m_worker->stop();
    m_worker = nullptr;
}

} // namespace easyuc

#include "nicegatherer.moc"
