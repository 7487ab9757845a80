#include "server/serverschemasql.h"

namespace copydesk {

const char *ServerSchemaSql::roles()
{
    return R"sql(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'copydesk_staff') THEN
        CREATE ROLE copydesk_staff NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'copydesk_reporter') THEN
        CREATE ROLE copydesk_reporter NOLOGIN IN ROLE copydesk_staff;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'copydesk_editor') THEN
        CREATE ROLE copydesk_editor NOLOGIN IN ROLE copydesk_staff;
    END IF;
    -- The chief editor holds every right of an editor, and alone may 签发 and publish.
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'copydesk_chief') THEN
        CREATE ROLE copydesk_chief NOLOGIN IN ROLE copydesk_editor;
    END IF;
END
$$;
)sql";
}

QList<const char *> ServerSchemaSql::migrations()
{
    return {
        // Version 1: articles with every written state as a revision, media by SHA-256, edit
        // leases, users, the audit trail, one change sequence; permissions by row-level security.
        R"sql(
CREATE TABLE server_settings (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO server_settings VALUES ('lease_seconds', '120');

CREATE TABLE users (
    login name PRIMARY KEY,
    display_name text NOT NULL DEFAULT '',
    role text NOT NULL CHECK (role IN ('reporter', 'editor', 'chief'))
);

-- The role the session's login holds: chief, editor, reporter, or '' for none.
CREATE FUNCTION copydesk_role() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN pg_has_role(session_user, 'copydesk_chief', 'MEMBER') THEN 'chief'
                WHEN pg_has_role(session_user, 'copydesk_editor', 'MEMBER') THEN 'editor'
                WHEN pg_has_role(session_user, 'copydesk_reporter', 'MEMBER') THEN 'reporter'
                ELSE '' END
$$;

-- Store-wide order of writes to articles: a client pulls what changed after the last number it
-- saw. Writers take one advisory lock until commit, so numbers become visible in order.
CREATE SEQUENCE change_seq;

CREATE TABLE articles (
    id bigserial PRIMARY KEY,
    uuid uuid NOT NULL UNIQUE,
    owner name NOT NULL DEFAULT session_user,
    title text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'review', 'approved', 'published', 'archived')),
    json text NOT NULL,
    head_rev bigint NOT NULL DEFAULT 0,
    updated timestamptz NOT NULL DEFAULT now(),
    updated_by name NOT NULL DEFAULT session_user,
    -- Pushes whose base was not the head: kept as revisions of kind 'conflict'.
    conflicts integer NOT NULL DEFAULT 0,
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX articles_change_seq ON articles (change_seq);
CREATE INDEX articles_status ON articles (status, updated DESC);

-- Every state the head took ('edit'), and every push kept beside the head ('conflict').
CREATE TABLE revisions (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_rev bigint,
    author name NOT NULL DEFAULT session_user,
    created timestamptz NOT NULL DEFAULT now(),
    kind text NOT NULL CHECK (kind IN ('edit', 'conflict')),
    json text NOT NULL
);
CREATE INDEX revisions_article ON revisions (article_id, id);

CREATE TABLE media (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    mime text NOT NULL DEFAULT '',
    width integer NOT NULL DEFAULT 0,
    height integer NOT NULL DEFAULT 0,
    file_name text NOT NULL DEFAULT '',
    size bigint NOT NULL,
    uploaded_by name NOT NULL DEFAULT session_user,
    created timestamptz NOT NULL DEFAULT now(),
    bytes bytea NOT NULL
);

CREATE TABLE leases (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    holder name NOT NULL DEFAULT session_user,
    session text NOT NULL,
    taken timestamptz NOT NULL DEFAULT now(),
    expires timestamptz NOT NULL
);

-- Status changes (签发 names the revision approved), take-overs and kept conflicts.
CREATE TABLE audit (
    id bigserial PRIMARY KEY,
    article_id bigint REFERENCES articles (id) ON DELETE CASCADE,
    at timestamptz NOT NULL DEFAULT now(),
    actor name NOT NULL DEFAULT session_user,
    action text NOT NULL,
    old_status text,
    new_status text,
    revision_id bigint,
    detail text NOT NULL DEFAULT ''
);
CREATE INDEX audit_article ON audit (article_id, id);

-- Before a write: the listing columns come from the JSON (so the row-level checks see the
-- status the article really has), a change number, and a new revision id when the text changed.
CREATE FUNCTION articles_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(727001);
    NEW.title := coalesce(NEW.json::jsonb ->> 'title', '');
    NEW.status := coalesce(NEW.json::jsonb ->> 'status', 'draft');
    NEW.change_seq := nextval('change_seq');
    NEW.updated := now();
    NEW.updated_by := session_user;
    IF TG_OP = 'INSERT' THEN
        NEW.owner := session_user;
        NEW.conflicts := 0;
    ELSE
        NEW.owner := OLD.owner;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.json IS DISTINCT FROM OLD.json THEN
        NEW.head_rev := nextval('revisions_id_seq');
    ELSE
        NEW.head_rev := OLD.head_rev;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_before_write BEFORE INSERT OR UPDATE ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_before_write();

-- After a write: the revision, the audit of a status change, and the NOTIFY clients listen to.
CREATE FUNCTION articles_after_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.head_rev <> OLD.head_rev THEN
        INSERT INTO revisions (id, article_id, parent_rev, author, kind, json)
            VALUES (NEW.head_rev, NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.head_rev END,
                    session_user, 'edit', NEW.json);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.status <> OLD.status THEN
        INSERT INTO audit (article_id, actor, action, old_status, new_status, revision_id)
            VALUES (NEW.id, session_user, 'status',
                    CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status, NEW.head_rev);
    END IF;
    PERFORM pg_notify('copydesk_changes',
                      json_build_object('uuid', NEW.uuid, 'seq', NEW.change_seq,
                                        'by', session_user)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_after_write AFTER INSERT OR UPDATE ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_after_write();

-- A push whose base is not the head: the pushed state is kept as a 'conflict' revision and the
-- article counts one more conflict; the head stays. Returns the kept revision.
CREATE FUNCTION keep_conflict(p_uuid uuid, p_base bigint, p_json text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    article bigint;
    kept bigint;
BEGIN
    IF copydesk_role() = '' THEN
        RAISE EXCEPTION 'not a member of the newsroom' USING ERRCODE = '42501';
    END IF;
    SELECT id INTO article FROM articles WHERE uuid = p_uuid;
    IF article IS NULL THEN
        RAISE EXCEPTION 'no article %', p_uuid USING ERRCODE = '23503';
    END IF;
    INSERT INTO revisions (article_id, parent_rev, author, kind, json)
        VALUES (article, p_base, session_user, 'conflict', p_json) RETURNING id INTO kept;
    UPDATE articles SET conflicts = conflicts + 1 WHERE id = article;
    INSERT INTO audit (article_id, actor, action, revision_id, detail)
        VALUES (article, session_user, 'conflict', kept, 'base ' || coalesce(p_base, 0));
    RETURN kept;
END
$$;

-- A lease that changes hands before it expired is a take-over, kept in the audit trail.
CREATE FUNCTION leases_after_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.holder <> OLD.holder OR NEW.session <> OLD.session THEN
        INSERT INTO audit (article_id, actor, action, detail)
            VALUES (NEW.article_id, session_user,
                    CASE WHEN OLD.expires < now() THEN 'lease after expiry' ELSE 'takeover' END,
                    OLD.holder);
    END IF;
    PERFORM pg_notify('copydesk_leases', NEW.article_id::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER leases_after_update AFTER UPDATE ON leases
    FOR EACH ROW EXECUTE FUNCTION leases_after_update();

-- A login of the newsroom, made by an administrator who may create roles.
CREATE FUNCTION copydesk_add_user(p_login text, p_display text, p_role text, p_password text)
RETURNS void LANGUAGE plpgsql SET search_path = public, pg_temp SET client_min_messages = error AS $$
BEGIN
    IF p_role NOT IN ('reporter', 'editor', 'chief') THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    END IF;
    IF coalesce(p_password, '') <> '' THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    END IF;
    EXECUTE format('REVOKE copydesk_reporter, copydesk_editor, copydesk_chief FROM %I', p_login);
    EXECUTE format('GRANT %I TO %I', 'copydesk_' || p_role, p_login);
    INSERT INTO users (login, display_name, role) VALUES (p_login, p_display, p_role)
        ON CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name, role = EXCLUDED.role;
END
$$;
REVOKE ALL ON FUNCTION copydesk_add_user(text, text, text, text) FROM PUBLIC;

-- Permissions, enforced by the database whatever the client does.
ALTER TABLE articles ENABLE ROW LEVEL SECURITY;
ALTER TABLE revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE media ENABLE ROW LEVEL SECURITY;
ALTER TABLE leases ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;

CREATE POLICY staff_read ON articles FOR SELECT TO copydesk_staff USING (true);
-- Reporters start drafts; editors may file straight to 待审; the chief anything.
CREATE POLICY staff_create ON articles FOR INSERT TO copydesk_staff
    WITH CHECK (status = 'draft' OR (status = 'review' AND copydesk_role() IN ('editor', 'chief'))
                OR copydesk_role() = 'chief');
-- Reporters edit their own drafts, and they stay drafts.
CREATE POLICY reporter_edit ON articles FOR UPDATE TO copydesk_reporter
    USING (owner = session_user AND status = 'draft')
    WITH CHECK (owner = session_user AND status = 'draft');
-- Editors edit drafts and 待审, and move them between the two.
CREATE POLICY editor_edit ON articles FOR UPDATE TO copydesk_editor
    USING (status IN ('draft', 'review'))
    WITH CHECK (status IN ('draft', 'review'));
-- Only the chief editor 签发 (approved), publishes and edits what is approved or published.
CREATE POLICY chief_edit ON articles FOR UPDATE TO copydesk_chief USING (true) WITH CHECK (true);

CREATE POLICY staff_read ON revisions FOR SELECT TO copydesk_staff USING (true);
CREATE POLICY staff_read ON audit FOR SELECT TO copydesk_staff USING (true);
CREATE POLICY staff_read ON users FOR SELECT TO copydesk_staff USING (true);
CREATE POLICY staff_read ON media FOR SELECT TO copydesk_staff USING (true);
CREATE POLICY staff_upload ON media FOR INSERT TO copydesk_staff
    WITH CHECK (uploaded_by = session_user);

CREATE POLICY staff_read ON leases FOR SELECT TO copydesk_staff USING (true);
CREATE POLICY staff_take ON leases FOR INSERT TO copydesk_staff
    WITH CHECK (holder = session_user);
-- A lease is renewed by its holder, taken after it expired by anyone, taken over by an editor.
CREATE POLICY staff_renew ON leases FOR UPDATE TO copydesk_staff
    USING (holder = session_user OR expires < now() OR copydesk_role() IN ('editor', 'chief'))
    WITH CHECK (holder = session_user);
CREATE POLICY staff_release ON leases FOR DELETE TO copydesk_staff
    USING (holder = session_user);

GRANT SELECT, INSERT (uuid, json), UPDATE (json) ON articles TO copydesk_staff;
GRANT SELECT ON revisions, audit, users, server_settings TO copydesk_staff;
GRANT SELECT, INSERT ON media TO copydesk_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON leases TO copydesk_staff;
GRANT USAGE ON SEQUENCE change_seq, revisions_id_seq, articles_id_seq TO copydesk_staff;
REVOKE ALL ON FUNCTION keep_conflict(uuid, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION keep_conflict(uuid, bigint, text) TO copydesk_staff;
)sql",
        // Version 2: many articles pushed in one call (SyncEngine pushes its outbox in batches),
        // the trash shared by the desks, and a NOTIFY when a lease is taken or released, so a
        // desk waiting on it can edit at once.
        R"sql(
-- An article in the trash stays on the server with every revision; moving it in or out is a
-- write like an edit (a change number, the same row-level checks: who may edit it may trash
-- it), kept in the audit trail. Purging is local to each desk: nothing is deleted here.
ALTER TABLE articles ADD COLUMN trashed boolean NOT NULL DEFAULT false;
GRANT INSERT (trashed), UPDATE (trashed) ON articles TO copydesk_staff;

-- As in version 1, with the JSON read once (the first push of a whole store writes every row).
CREATE OR REPLACE FUNCTION articles_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    doc jsonb;
BEGIN
    PERFORM pg_advisory_xact_lock(727001);
    doc := NEW.json::jsonb;
    NEW.title := coalesce(doc ->> 'title', '');
    NEW.status := coalesce(doc ->> 'status', 'draft');
    NEW.change_seq := nextval('change_seq');
    NEW.updated := now();
    NEW.updated_by := session_user;
    IF TG_OP = 'INSERT' THEN
        NEW.owner := session_user;
        NEW.conflicts := 0;
    ELSE
        NEW.owner := OLD.owner;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.json IS DISTINCT FROM OLD.json THEN
        NEW.head_rev := nextval('revisions_id_seq');
    ELSE
        NEW.head_rev := OLD.head_rev;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION articles_after_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.head_rev <> OLD.head_rev THEN
        INSERT INTO revisions (id, article_id, parent_rev, author, kind, json)
            VALUES (NEW.head_rev, NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.head_rev END,
                    session_user, 'edit', NEW.json);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.status <> OLD.status THEN
        INSERT INTO audit (article_id, actor, action, old_status, new_status, revision_id)
            VALUES (NEW.id, session_user, 'status',
                    CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status, NEW.head_rev);
    END IF;
    IF (TG_OP = 'INSERT' AND NEW.trashed) OR (TG_OP = 'UPDATE' AND NEW.trashed <> OLD.trashed) THEN
        INSERT INTO audit (article_id, actor, action, revision_id)
            VALUES (NEW.id, session_user, CASE WHEN NEW.trashed THEN 'trashed' ELSE 'restored' END,
                    NEW.head_rev);
    END IF;
    PERFORM pg_notify('copydesk_changes',
                      json_build_object('uuid', NEW.uuid, 'seq', NEW.change_seq,
                                        'by', session_user)::text);
    RETURN NULL;
END
$$;

-- Each item {uuid, base, json, trashed}: fast-forwarded when base is the head ('forward'), created when
-- the server has no such article ('created'), refused by the row-level checks ('refused', with
-- the reason), or else 'behind': the head is returned and the client decides between "the same
-- content" and a conflict it keeps with keep_conflict(). Runs as the caller, so every write is
-- checked as a single push would be; one refused item does not undo the others. The item's
-- trash state is the desk's (its edits to an article trashed elsewhere restore it).
CREATE FUNCTION copydesk_push(p_items json)
RETURNS TABLE (item_uuid uuid, outcome text, head bigint, head_json text, head_owner text,
               head_status text, reason text)
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    item record;
    rev bigint;
BEGIN
    FOR item IN SELECT * FROM json_to_recordset(p_items)
                    AS x(uuid uuid, base bigint, json text, trashed boolean) LOOP
        item_uuid := item.uuid;
        outcome := 'behind';
        head := NULL;
        head_json := NULL;
        head_owner := NULL;
        head_status := NULL;
        reason := NULL;
        BEGIN
            UPDATE articles a SET json = item.json WHERE a.uuid = item.uuid AND a.head_rev = item.base
                RETURNING a.head_rev INTO rev;
            IF FOUND THEN
                outcome := 'forward';
                head := rev;
            ELSE
                IF NOT EXISTS (SELECT FROM articles a WHERE a.uuid = item.uuid) THEN
                    INSERT INTO articles (uuid, json, trashed)
                        VALUES (item.uuid, item.json, coalesce(item.trashed, false))
                        ON CONFLICT (uuid) DO NOTHING RETURNING articles.head_rev INTO rev;
                    IF FOUND THEN
                        outcome := 'created';
                        head := rev;
                    END IF;
                END IF;
                IF outcome = 'behind' THEN
                    SELECT a.head_rev, a.json, a.owner::text, a.status
                        INTO head, head_json, head_owner, head_status
                        FROM articles a WHERE a.uuid = item.uuid;
                END IF;
            END IF;
            IF outcome <> 'created' THEN
                UPDATE articles a SET trashed = coalesce(item.trashed, false)
                    WHERE a.uuid = item.uuid AND a.trashed <> coalesce(item.trashed, false);
                IF NOT FOUND AND EXISTS (SELECT FROM articles a WHERE a.uuid = item.uuid
                                         AND a.trashed <> coalesce(item.trashed, false)) THEN
                    RAISE EXCEPTION 'your role may not move this article to or from the trash'
                        USING ERRCODE = '42501';
                END IF;
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            outcome := 'refused';
            reason := SQLERRM;
        END;
        RETURN NEXT;
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION copydesk_push(json) TO copydesk_staff;

-- A lease taken or given back: the desks showing the article read-only look again at once (a
-- change of hands is announced by leases_after_update).
CREATE FUNCTION leases_after_take_or_release() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('copydesk_leases',
                      (CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER leases_after_take_or_release AFTER INSERT OR DELETE ON leases
    FOR EACH ROW EXECUTE FUNCTION leases_after_take_or_release();
)sql",
        // Version 3: a reporter hands copy in (交稿): their own draft may go to 待审, filed or
        // edited, and is the editors' from then on. Who may edit what is one pair of functions,
        // used by the article and lease policies and asked by the desks, which show an article
        // they may not change read-only and take no lease on it.
        R"sql(
-- May this login change the article as it stands (the rows an UPDATE reaches)?
CREATE FUNCTION copydesk_may_edit(p_owner name, p_status text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT CASE copydesk_role()
        WHEN 'chief' THEN true
        WHEN 'editor' THEN p_status IN ('draft', 'review')
        WHEN 'reporter' THEN p_owner = session_user AND p_status = 'draft'
        ELSE false END
$$;
-- May a write by this login leave the article so?
CREATE FUNCTION copydesk_may_file(p_owner name, p_status text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT CASE copydesk_role()
        WHEN 'chief' THEN true
        WHEN 'editor' THEN p_status IN ('draft', 'review')
        WHEN 'reporter' THEN p_owner = session_user AND p_status IN ('draft', 'review')
        ELSE false END
$$;
DROP POLICY staff_create ON articles;
DROP POLICY reporter_edit ON articles;
DROP POLICY editor_edit ON articles;
DROP POLICY chief_edit ON articles;
CREATE POLICY staff_create ON articles FOR INSERT TO copydesk_staff
    WITH CHECK (copydesk_may_file(owner, status));
CREATE POLICY staff_edit ON articles FOR UPDATE TO copydesk_staff
    USING (copydesk_may_edit(owner, status)) WITH CHECK (copydesk_may_file(owner, status));

-- A lease is for editing: nobody holds one on an article they may not change.
DROP POLICY staff_take ON leases;
DROP POLICY staff_renew ON leases;
CREATE POLICY staff_take ON leases FOR INSERT TO copydesk_staff
    WITH CHECK (holder = session_user AND EXISTS (SELECT FROM articles a WHERE a.id = article_id
                                                  AND copydesk_may_edit(a.owner, a.status)));
CREATE POLICY staff_renew ON leases FOR UPDATE TO copydesk_staff
    USING (holder = session_user OR expires < now() OR copydesk_role() IN ('editor', 'chief'))
    WITH CHECK (holder = session_user AND EXISTS (SELECT FROM articles a WHERE a.id = article_id
                                                  AND copydesk_may_edit(a.owner, a.status)));
)sql",
    };
}

} // namespace copydesk
