// Draws the marketing dashboard's charts from the accessible tables beside them (the CSP forbids inline scripts).
document.addEventListener('DOMContentLoaded', function () {
    if (!window.Chart) {
        return;
    }
    var labels = document.getElementById('dashboard-labels');
    function rows(tableId) {
        return Array.prototype.slice.call(document.querySelectorAll('#' + tableId + ' tbody tr'));
    }
    function values(row) {
        return Array.prototype.map.call(row.querySelectorAll('[data-value]'), function (cell) {
            return Number(cell.getAttribute('data-value'));
        });
    }
    function draw(canvasId, config) {
        var canvas = document.getElementById(canvasId);
        if (canvas) {
            new window.Chart(canvas, config);
        }
    }
    var funnel = rows('funnel-table');
    draw('funnel-chart', {
        type: 'bar',
        data: {
            labels: funnel.map(function (row) { return row.querySelector('.stage-name').textContent; }),
            datasets: [{label: labels.getAttribute('data-customers'), data: funnel.map(function (row) { return values(row)[0]; }),
                backgroundColor: ['#94a3b8', '#60a5fa', '#34d399', '#c2410c']}]
        },
        options: {indexAxis: 'y', plugins: {legend: {display: false}}}
    });
    var pareto = rows('pareto-table');
    draw('pareto-chart', {
        type: 'line',
        data: {
            labels: pareto.map(function (row) { return Math.round(values(row)[0] * 100) + '%'; }),
            datasets: [{label: labels.getAttribute('data-profit'), borderColor: '#c2410c',
                data: pareto.map(function (row) { return Math.round(values(row)[1] * 1000) / 10; })}]
        },
        options: {scales: {y: {ticks: {callback: function (v) { return v + '%'; }}}}}
    });
    var bands = rows('clv-table');
    draw('clv-chart', {
        type: 'bar',
        data: {
            labels: bands.map(function (row) { return row.querySelector('.band-name').textContent; }),
            datasets: [{label: labels.getAttribute('data-customers'), backgroundColor: '#1f2a44',
                data: bands.map(function (row) { return values(row)[0]; })}]
        },
        options: {plugins: {legend: {display: false}}, scales: {y: {beginAtZero: true}}}
    });
    var radar = rows('radar-table').reverse();
    draw('radar-chart', {
        type: 'line',
        data: {
            labels: radar.map(function (row) { return row.querySelector('.run-name').textContent; }),
            datasets: [
                {label: labels.getAttribute('data-core'), borderColor: '#c2410c', data: radar.map(function (row) { return values(row)[0]; })},
                {label: labels.getAttribute('data-risk'), borderColor: '#1f2a44', data: radar.map(function (row) { return values(row)[1]; })}
            ]
        },
        options: {scales: {y: {beginAtZero: true}}}
    });
});
