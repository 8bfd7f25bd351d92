#include "secrets/secretstore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace easyuc {

namespace {
const QString kService = QStringLiteral("easyuc-diag");
// The store may ask the user to unlock it; past this the job is abandoned.
constexpr int kDeadlineMs = 60 * 1000;

// Runs one job to its end or the deadline. QtKeychain's insecure fallback (a plain file) stays
// off: without a store, nothing is kept.
bool run(QKeychain::Job* job, QString* error)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kDeadlineMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec();
    if (!done) {
        if (error)
            *error =
                QStringLiteral("the key store did not answer within %1 s").arg(kDeadlineMs / 1000);
        return false;
    }
    if (job->error() != QKeychain::NoError) {
        if (error)
            *error = job->errorString();
        return false;
    }
    return true;
}
} // namespace

bool SecretStore::compiledIn()
{
    return true;
}

bool SecretStore::write(const QString& key, const QString& secret, QString* error)
{
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(secret);
    const bool ok = run(job, error);
    job->deleteLater();
    return ok;
}

std::optional<QString> SecretStore::read(const QString& key, QString* error)
{
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    std::optional<QString> out;
    if (run(job, error))
        out = job->textData();
    job->deleteLater();
    return out;
}

void SecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    run(job, nullptr);
    job->deleteLater();
}

} // namespace easyuc
