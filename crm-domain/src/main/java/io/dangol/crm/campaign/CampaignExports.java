package io.dangol.crm.campaign;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Campaign exports as recorded ({@link ExportCampaign} records them), read back; the file as a stream. */
public interface CampaignExports {

    /** The exported customers, streamed in customer id order (never the whole list in memory). */
    void forEachRow(long exportId, Consumer<CampaignRow> row);

    Optional<CampaignExport> find(long id);

    List<CampaignExport> latest(int limit);
}
