#include "msgformat.h"

#include "bytecursor.h"

#include <array>

namespace Ndr::Msg::Format {

QByteArray guidBytes(const QUuid &g)
{
    QByteArray out;
    ByteWriter w(out);
    w.write<quint32>(g.data1);
    w.write<quint16>(g.data2);
    w.write<quint16>(g.data3);
    w.append(QByteArrayView(reinterpret_cast<const char *>(g.data4), 8));
    return out;
}

QUuid guidFromBytes(QByteArrayView bytes)
{
    ByteCursor c(bytes);
    quint32 d1 = 0;
    quint16 d2 = 0, d3 = 0;
    QByteArrayView d4;
    if (!c.read(d1) || !c.read(d2) || !c.read(d3) || !c.view(8, d4))
        return {};
    const auto b = [&](int i) { return uchar(d4[i]); };
    return QUuid(d1, d2, d3, b(0), b(1), b(2), b(3), b(4), b(5), b(6), b(7));
}

quint32 nameCrc32(const QString &name)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0;
    for (QChar ch : name) {
        const quint16 u = ch.unicode();
        for (quint8 byte : {quint8(u & 0xFF), quint8(u >> 8)})
            crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8);
    }
    return crc;
}

} // namespace Ndr::Msg::Format
