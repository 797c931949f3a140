package org.gongkai.disclosure.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentContentRepository extends JpaRepository<AttachmentContentEntity, UUID> {

}
