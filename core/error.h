// Errors at the core's boundaries (open, import, merge, export): one translated, specific message that
// names the file, the row or field, and what was expected.
#pragma once

#include <QString>
#include <exception>

namespace tfp {

class Error : public std::exception
{
public:
    explicit Error(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// A change whose expected old value no longer matches the catalog (another process or window changed it).
class ConflictError : public Error
{
public:
    using Error::Error;
};

// A catalog file of this program that opening refuses for its content: objects foreign to its schema, an
// invalid catalog id or values against the rules. Its valid rows can still be saved into a clean new catalog
// (repairCatalog, tfp repair).
// A server that asks for a password the connection did not have (or refused the one it had): the app asks
// the user for it (ServerConnection::rememberPassword) and tries again.
class PasswordRequiredError : public Error
{
public:
    using Error::Error;
};

class RefusedCatalogError : public Error
{
public:
    using Error::Error;
};

} // namespace tfp
