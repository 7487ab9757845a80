#include "server/serverboard.h"

#include "postgres/pgquery.h"
#include "postgres/pgresult.h"

namespace copydesk {

bool ServerBoard::read(Rows *rows, QString *error)
{
    rows->clear();
    PgResult result;
    QString why;
    if (!PgQuery(QStringLiteral(
                     "SELECT a.uuid::text, "
                     "CASE WHEN l.expires >= now() THEN coalesce(nullif(h.display_name, ''), l.holder) ELSE '' END, "
                     "coalesce(nullif(e.display_name, ''), a.updated_by) "
                     "FROM articles a LEFT JOIN leases l ON l.article_id = a.id "
                     "LEFT JOIN users h ON h.login = l.holder LEFT JOIN users e ON e.login = a.updated_by"))
             .exec(m_db, &result, &why)) {
        if (error)
            *error = tr("reading who edits what: %1").arg(why);
        return false;
    }
    rows->reserve(result.rows());
    for (int row = 0; row < result.rows(); ++row)
        rows->insert(result.text(row, 0), {result.text(row, 1), result.text(row, 2)});
    return true;
}

} // namespace copydesk
