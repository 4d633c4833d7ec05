package io.dangol.crm.scoring.persistence;

/** Set-based SQL of the publish phase: stage changes into the history, then onto the customers. */
final class LadderMoves {

    private static final String ORDER = "array['PROSPECT', 'BUYER', 'IDENTIFIED', 'CORE']";

    /** Parameters: run id, at. Returns one row: climbed, fell. */
    static final String SQL = """
            with moved as (
                insert into ladder_history (customer_id, run_id, at, from_stage, to_stage, rule)
                select c.id, ?, ?, c.ladder_stage, s.stage, s.stage_rule
                from customer_score_next s join customer c on c.id = s.customer_id
                where c.ladder_stage <> s.stage
                returning from_stage, to_stage
            )
            select count(*) filter (where array_position(%1$s, to_stage) > array_position(%1$s, from_stage)) as climbed,
                   count(*) filter (where array_position(%1$s, to_stage) < array_position(%1$s, from_stage)) as fell
            from moved""".formatted(ORDER);

    static final String UPDATE_STAGES = """
            update customer c set ladder_stage = s.stage, version = c.version + 1
            from customer_score_next s where s.customer_id = c.id and c.ladder_stage <> s.stage""";

    private LadderMoves() {
    }
}
