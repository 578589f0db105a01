#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace tfp {

JsonWriter::JsonWriter(Flush flush, qsizetype chunkBytes) : m_flush(std::move(flush)), m_chunk(chunkBytes)
{
    m_buffer.reserve(m_chunk + 1024);
}

void JsonWriter::indent()
{
    m_buffer.append(4 * m_levels.size(), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    Q_ASSERT(m_levels.isEmpty() || m_levels.last().bracket == '[');
    if (!m_levels.isEmpty()) {
        m_buffer.append(m_levels.last().empty ? "\n" : ",\n");
        m_levels.last().empty = false;
        indent();
    }
}

void JsonWriter::spill()
{
    if (m_buffer.size() >= m_chunk) {
        m_flush(m_buffer);
        m_buffer.clear();
    }
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_buffer.append(bracket);
    m_levels.append(Level{bracket});
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    const bool empty = m_levels.takeLast().empty;
    if (!empty) {
        m_buffer.append('\n');
        indent();
    }
    m_buffer.append(bracket == '{' ? '}' : ']');
    spill();
}

JsonWriter &JsonWriter::beginObject()
{
    open('{');
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    close('{');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    open('[');
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close('[');
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().bracket == '{' && !m_afterKey);
    m_buffer.append(m_levels.last().empty ? "\n" : ",\n");
    m_levels.last().empty = false;
    indent();
    string(name);
    m_buffer.append(": ");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::number(const QByteArray &text)
{
    beforeValue();
    m_buffer.append(text);
    spill();
    return *this;
}

JsonWriter &JsonWriter::value(double v)
{
    if (!std::isfinite(v))
        return null();
    return number(QByteArray::number(v, 'g', QLocale::FloatingPointShortest));
}

JsonWriter &JsonWriter::value(QStringView v)
{
    beforeValue();
    string(v);
    spill();
    return *this;
}

JsonWriter &JsonWriter::value(const QList<int> &ids)
{
    beginArray();
    for (int id : ids)
        value(id);
    return endArray();
}

void JsonWriter::string(QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    m_buffer.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_buffer.append("\\\"");
            break;
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        case '\b':
            m_buffer.append("\\b");
            break;
        case '\f':
            m_buffer.append("\\f");
            break;
        default:
            if (u < 0x20) {
                const char esc[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
                m_buffer.append(esc, sizeof esc);
            } else {
                m_buffer.append(c);
            }
        }
    }
    m_buffer.append('"');
}

void JsonWriter::finish()
{
    Q_ASSERT(m_levels.isEmpty() && !m_afterKey);
    m_buffer.append('\n');
    m_flush(m_buffer);
    m_buffer.clear();
}

QByteArray JsonWriter::toBytes(const std::function<void(JsonWriter &)> &write)
{
    QByteArray all;
    JsonWriter w([&all](const QByteArray &chunk) { all.append(chunk); });
    write(w);
    w.finish();
    return all;
}

} // namespace tfp
