// JSON written as it goes, without building a document first: for outputs the size of the programme
// (`tfp coverage --json` on a catalog of a million rows is some 38 MB, which as QJsonObjects plus the
// QJsonDocument's buffer took 160 MB and over a second). Indented by four spaces like
// QJsonDocument::Indented; keys come in the order they are written.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <functional>
#include <optional>

namespace tfp {

class JsonWriter
{
public:
    // flush receives the text in chunks of about chunkBytes, and the rest at finish().
    using Flush = std::function<void(const QByteArray &)>;
    explicit JsonWriter(Flush flush, qsizetype chunkBytes = 64 * 1024);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // The key of the next value; only inside an object.
    JsonWriter &key(QStringView name);

    JsonWriter &value(int v) { return number(QByteArray::number(v)); }
    JsonWriter &value(qint64 v) { return number(QByteArray::number(v)); }
    // Shortest form that reads back as the same double; not a number and infinity as null (as Qt writes
    // them).
    JsonWriter &value(double v);
    JsonWriter &value(bool v) { return number(v ? "true" : "false"); }
    JsonWriter &value(QStringView v);
    JsonWriter &value(const QString &v) { return value(QStringView(v)); }
    JsonWriter &value(const char16_t *v) { return value(QStringView(v)); }
    JsonWriter &value(std::optional<int> v) { return v ? value(*v) : null(); }
    JsonWriter &null() { return number("null"); }
    JsonWriter &value(const QList<int> &ids); // an array of numbers

    template <typename T> JsonWriter &field(QStringView name, const T &v) { return key(name).value(v); }

    // Ends the document (every object and array must be closed) and hands the rest to flush.
    void finish();

    // The whole document in memory: for tests and small outputs.
    static QByteArray toBytes(const std::function<void(JsonWriter &)> &write);

private:
    JsonWriter &number(const QByteArray &text);
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void indent();
    void string(QStringView s);
    void spill();

    struct Level
    {
        char bracket;
        bool empty = true;
    };
    Flush m_flush;
    qsizetype m_chunk;
    QByteArray m_buffer;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace tfp
