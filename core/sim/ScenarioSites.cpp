#include "core/sim/ScenarioSites.h"

#include "core/api/HostName.h"
#include "core/model/TrContext.h"

#include <QCoreApplication>

#include <algorithm>

namespace passerelle::sim::scenario {
namespace {

using namespace Qt::Literals::StringLiterals;

PASSERELLE_TR_CONTEXT(ScenarioText);

// "acme_Shop 2" -> "acme-shop-2": the account's name as a DNS label.
QString labelFor(const QString &name)
{
    QString label;
    for (const QChar c : name.toLower())
        label += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'-';
    while (label.contains(u"--"_s))
        label.replace(u"--"_s, u"-"_s);
    label = label.mid(0, 60);
    while (label.startsWith(u'-'))
        label.remove(0, 1);
    while (label.endsWith(u'-'))
        label.chop(1);
    return label;
}

} // namespace

void SiteReader::read(FieldReader &account, ScenarioAccount &out)
{
    if (!account.has(u"sites"_s)) {
        m_accountsWithoutList.insert(out.id);
        return;
    }
    const QJsonArray items = account.array(u"sites"_s);
    for (qsizetype i = 0; i < items.size() && !account.failed(); ++i) {
        FieldReader site = account.element(items, u"sites"_s, i);
        site.allowOnly({u"id"_s, u"name"_s, u"type"_s, u"addresses"_s, u"broken_after_migration"_s});
        ScenarioSite entry;
        entry.id = site.integer(u"id"_s, 1);
        entry.name = site.string(u"name"_s);
        entry.type = site.string(u"type"_s);
        entry.brokenAfterMigration = site.boolean(u"broken_after_migration"_s, false);
        if (!site.failed() && m_ids.contains(entry.id))
            site.fail(site.fieldPath(u"id"_s), ScenarioText::tr("duplicate site id %1").arg(entry.id));
        m_ids.insert(entry.id);
        const QJsonArray addresses = site.array(u"addresses"_s);
        const QString addressesPath = site.fieldPath(u"addresses"_s);
        for (qsizetype a = 0; a < addresses.size() && !site.failed(); ++a) {
            const QString address = addresses.at(a).toString().toLower();
            const QString path = FieldReader::indexPath(addressesPath, a);
            if (!isPlausibleHostName(address))
                site.fail(path, ScenarioText::tr("expected a host name such as \"shop.example.com\""));
            else if (m_addresses.contains(address))
                site.fail(path, ScenarioText::tr("duplicate address \"%1\"").arg(address));
            m_addresses.insert(address);
            entry.addresses.append(address);
        }
        out.sites.append(entry);
    }
}

void SiteReader::giveDefaultSites(QList<ScenarioAccount> &accounts)
{
    qint64 nextId = m_ids.isEmpty() ? 501 : *std::max_element(m_ids.cbegin(), m_ids.cend()) + 1;
    for (ScenarioAccount &account : accounts) {
        if (!m_accountsWithoutList.contains(account.id))
            continue;
        const qint64 id = nextId++;
        const QString label = labelFor(account.name);
        QString address = (label.isEmpty() ? u"site-%1"_s.arg(id) : label) + u".example.com"_s;
        if (m_addresses.contains(address))
            address = u"site-%1.example.com"_s.arg(id);
        m_addresses.insert(address);
        account.sites.append(ScenarioSite {id, account.name, u"php"_s, {address}, false});
    }
}

} // namespace passerelle::sim::scenario
