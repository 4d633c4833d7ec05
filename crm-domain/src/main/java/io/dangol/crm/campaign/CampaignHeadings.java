package io.dangol.crm.campaign;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.ladder.LadderStage;
import java.util.List;

/**
 * How a campaign file names its columns and its codes: as codes, for a sending system that reads them
 * ({@code customer_id,name,stage…}, {@code IDENTIFIED}), or in the words of the person who downloads it
 * ({@code 고객번호,이름,단계…}, {@code 식별 고객}).
 */
public interface CampaignHeadings {

    /** The six column names: customer id, name, stage, segment, channel, address. */
    List<String> header();

    String stage(LadderStage stage);

    /** An RFM segment by its code ({@code CHAMPIONS}). */
    String segment(String code);

    String channel(ConsentChannel channel);

    CampaignHeadings CODES = new CampaignHeadings() {
        @Override
        public List<String> header() {
            return List.of("customer_id", "name", "stage", "segment", "channel", "address");
        }

        @Override
        public String stage(LadderStage stage) {
            return stage.name();
        }

        @Override
        public String segment(String code) {
            return code;
        }

        @Override
        public String channel(ConsentChannel channel) {
            return channel.name();
        }
    };
}
